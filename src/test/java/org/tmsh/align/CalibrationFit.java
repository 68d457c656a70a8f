package org.tmsh.align;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits the standard link calibration on the whole {@link CalibrationCorpus} and prints the
 * reliability tables: on held-out folds (5 folds by document) and for the current calibration
 * file, and the held-out verdict on each document pair. With an argument, writes the fitted
 * weights to that file (the calibration's data file:
 * {@code src/main/resources/tmsh/aligning/calibration.tsv}), keeping its header.
 */
public final class CalibrationFit {

    public static void main(String[] args) throws Exception {
        List<CalibrationCorpus.Doc> docs = CalibrationCorpus.all();
        long t0 = System.nanoTime();
        List<CalibrationSamples.Sample> samples = CalibrationSamples.of(docs);
        System.out.printf(Locale.ROOT, "%d document pairs (%d unrelated), %d links, %d right, aligned in %.1f s%n",
                docs.size(), docs.stream().filter(d -> !d.related()).count(), samples.size(),
                samples.stream().filter(CalibrationSamples.Sample::right).count(), (System.nanoTime() - t0) / 1e9);
        double[] held = CalibrationSamples.heldOut(samples, docs, 5);
        System.out.println("held out (5 folds by document):");
        System.out.println(CalibrationSamples.table(samples, held));
        List<LogisticCalibration> fits = CalibrationSamples.heldOutFits(samples, docs, 5);
        System.out.println("held-out verdicts (translation probability) of the closest calls:");
        CalibrationCorpus.Doc last = null;
        for (CalibrationSamples.Sample s : samples) {
            if (s.doc() == last) {
                continue;
            }
            last = s.doc();
            double t = fits.get(CalibrationSamples.fold(docs, s.doc(), 5)).translation(s.document());
            if (t > 0.2 && t < 0.8) {
                System.out.printf(Locale.ROOT, "  %s %s %.3f%n", s.doc().related() ? "translation" : "unrelated  ",
                        s.doc().name(), t);
            }
        }
        double[] current = samples.stream()
                .mapToDouble(s -> LinkCalibration.standard().probability(s.features(), s.document())).toArray();
        System.out.println("the calibration file as it is, on the whole corpus:");
        System.out.println(CalibrationSamples.table(samples, current));
        String body = CalibrationSamples.fit(samples).format();
        System.out.print(body);
        if (args.length > 0) {
            Path file = Path.of(args[0]);
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    out.append(line).append('\n');
                }
            }
            Files.writeString(file, out.append(body), StandardCharsets.UTF_8);
            System.out.println("written: " + file);
        }
    }
}
