package org.tmsh.bench;

import java.nio.file.Path;
import java.util.List;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.connectors.pensieve.PensieveTMConnector;
import net.sf.okapi.steps.leveraging.LeveragingStep;

/**
 * The jobs benchmark's peer: Okapi's leveraging step (okapi-step-leveraging 1.47.0) with its Pensieve
 * connector over a Pensieve index of the same memory, fed one text unit a segment, as a pipeline
 * after a filter and segmentation feeds it.
 *
 * <p>On the {@code bench-jobs} profile's class path only (source folder {@code src/bench-okapi});
 * {@link JobBenchmark} finds it by name.
 */
public final class OkapiLeveragingRun implements JobBenchmark.Peer {

    private static final LocaleId EN = LocaleId.fromString("en");
    private static final LocaleId DE = LocaleId.fromString("de");

    @Override
    public String name() {
        return "Okapi leveraging step (Pensieve connector)";
    }

    @Override
    public int[] leverage(Path pensieve, List<String> segments, int threshold, int fill) {
        LeveragingStep step = new LeveragingStep();
        net.sf.okapi.steps.leveraging.Parameters p = step.getParameters();
        p.setResourceClassName(PensieveTMConnector.class.getName());
        net.sf.okapi.connectors.pensieve.Parameters cp = new net.sf.okapi.connectors.pensieve.Parameters();
        cp.setUseServer(false);
        cp.setDbDirectory(pensieve.toAbsolutePath().toString());
        p.setResourceParameters(cp.toString());
        p.setLeverage(true);
        p.setThreshold(threshold);
        p.setFillTargetThreshold(fill);
        p.setFillIfTargetIsEmpty(true);
        p.setMakeTMX(false);
        step.setSourceLocale(EN);
        step.setTargetLocale(DE);
        step.setRootDirectory(pensieve.toAbsolutePath().getParent().toString());
        step.handleEvent(new Event(EventType.START_BATCH));
        StartDocument sd = new StartDocument("bench");
        sd.setName("document.txt");
        sd.setLocale(EN);
        sd.setMultilingual(false);
        step.handleEvent(new Event(EventType.START_DOCUMENT, sd));
        int withMatch = 0;
        int filled = 0;
        for (int i = 0; i < segments.size(); i++) {
            ITextUnit tu = new TextUnit("s" + i, segments.get(i));
            step.handleEvent(new Event(EventType.TEXT_UNIT, tu));
            TextContainer t = tu.getTarget(DE);
            if (t != null && (t.getAnnotation(AltTranslationsAnnotation.class) != null
                    || t.getFirstSegment().getAnnotation(AltTranslationsAnnotation.class) != null)) {
                withMatch++;
            }
            if (t != null && !t.getFirstContent().isEmpty()) {
                filled++;
            }
        }
        step.handleEvent(new Event(EventType.END_DOCUMENT));
        step.handleEvent(new Event(EventType.END_BATCH));
        step.destroy();
        return new int[] {withMatch, filled};
    }
}
