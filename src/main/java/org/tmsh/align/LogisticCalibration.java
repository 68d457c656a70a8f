package org.tmsh.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Two logistic models, of a document pair and of a link: the probability that two documents are
 * translations of each other is {@code 1 / (1 + exp(-d·x))} over their {@link LinkFeatures#DOCUMENT}
 * features, and a link's confidence is that times the same form over its {@link LinkFeatures#LINK}
 * features (fitted on the links of translations only). Their weights are data
 * ({@code tmsh/aligning/calibration.tsv}), fitted by {@link #fit} on gold alignments and pairs of
 * unrelated documents.
 *
 * <p>NOTE: fitted by hand (Newton's method with a ridge penalty, a few dozen lines) rather than with
 * a statistics library: none is on tmsh's classpath, two dozen weights need no more, and the fit
 * must run inside a test to check the calibration on documents it never saw.
 */
final class LogisticCalibration implements LinkCalibration {

    static final String RESOURCE = "/tmsh/aligning/calibration.tsv";

    static final LogisticCalibration STANDARD = read(RESOURCE);

    private final double[] document;
    private final double[] link;

    LogisticCalibration(double[] document, double[] link) {
        if (document.length != LinkFeatures.DOCUMENT.size() || link.length != LinkFeatures.LINK.size()) {
            throw new IllegalArgumentException("expected " + LinkFeatures.DOCUMENT.size() + " and "
                    + LinkFeatures.LINK.size() + " weights");
        }
        this.document = document.clone();
        this.link = link.clone();
    }

    double[] documentWeights() {
        return document.clone();
    }

    double[] linkWeights() {
        return link.clone();
    }

    @Override
    public double translation(double[] features) {
        return logistic(document, features);
    }

    @Override
    public double probability(double[] linkFeatures, double[] documentFeatures) {
        return logistic(document, documentFeatures) * logistic(link, linkFeatures);
    }

    static double logistic(double[] w, double[] x) {
        double z = 0;
        for (int k = 0; k < w.length; k++) {
            z += w[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Reads the weights: one {@code MODEL <TAB> FEATURE <TAB> WEIGHT} line each (MODEL document or link), every feature once. */
    static LogisticCalibration read(String resource) {
        Map<String, Double> byName = new HashMap<>();
        for (RuleFiles.Row row : RuleFiles.read(resource, 3)) {
            String model = row.get(0).strip();
            String name = row.get(1).strip();
            List<String> names = model.equals("document") ? LinkFeatures.DOCUMENT
                    : model.equals("link") ? LinkFeatures.LINK : List.of();
            String key = model + " " + name;
            if (!names.contains(name) || byName.containsKey(key)) {
                throw new TmshException(resource + ": line " + row.line() + ": unknown or repeated feature '" + key + "'");
            }
            try {
                byName.put(key, Double.parseDouble(row.get(2).strip()));
            } catch (NumberFormatException e) {
                throw new TmshException(resource + ": line " + row.line() + ": not a number: " + row.get(2));
            }
        }
        return new LogisticCalibration(weights(resource, byName, "document", LinkFeatures.DOCUMENT),
                weights(resource, byName, "link", LinkFeatures.LINK));
    }

    private static double[] weights(String resource, Map<String, Double> byName, String model, List<String> names) {
        double[] w = new double[names.size()];
        for (int k = 0; k < w.length; k++) {
            Double v = byName.get(model + " " + names.get(k));
            if (v == null) {
                throw new TmshException(resource + ": no weight for " + model + " feature '" + names.get(k) + "'");
            }
            w[k] = v;
        }
        return w;
    }

    /** The file's lines for these weights ({@link #read} reads them back). */
    String format() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < document.length; k++) {
            sb.append("document\t").append(LinkFeatures.DOCUMENT.get(k)).append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.5f", document[k])).append('\n');
        }
        for (int k = 0; k < link.length; k++) {
            sb.append("link\t").append(LinkFeatures.LINK.get(k)).append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.5f", link[k])).append('\n');
        }
        return sb.toString();
    }

    /**
     * Both models fitted: the document model on one row a document pair ({@code translated}: whether
     * it is a translation), with ridge penalty {@code documentRidge}, the link model on the links of
     * translations only ({@code right}: whether each is), with {@code linkRidge}.
     */
    static LogisticCalibration fit(List<double[]> documents, List<Boolean> translated, List<double[]> links,
                                   List<Boolean> right, double documentRidge, double linkRidge) {
        return new LogisticCalibration(fit(documents, translated, documentRidge), fit(links, right, linkRidge));
    }

    /**
     * The weights that best predict {@code right} from {@code features} (maximum likelihood with a
     * ridge penalty {@code ridge} on every weight but the bias), by Newton's method.
     */
    static double[] fit(List<double[]> features, List<Boolean> right, double ridge) {
        int d = features.get(0).length;
        double[] w = new double[d];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int n = 0; n < features.size(); n++) {
                double[] x = features.get(n);
                double p = logistic(w, x);
                double y = right.get(n) ? 1 : 0;
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    grad[a] += (p - y) * x[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += s * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                grad[a] += ridge * w[a];
                hess[a][a] += ridge;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int r = 0; r < n; r++) {
            System.arraycopy(a[r], 0, m[r], 0, n);
            m[r][n] = b[r];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
