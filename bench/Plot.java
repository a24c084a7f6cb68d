import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Line charts to a PNG with nothing but the JDK (no matplotlib/gnuplot needed): {@code java bench/Plot.java spec.txt
 * out.png}. The spec (written by report.mjs) has one line per panel and per series:
 *
 * <pre>
 * panel|&lt;id&gt;|&lt;title&gt;|&lt;x label&gt;|&lt;y label&gt;|&lt;logx true/false&gt;|&lt;logy true/false&gt;
 * series|&lt;panel id&gt;|&lt;name&gt;|x1,y1;x2,y2;...
 * </pre>
 *
 * Panels are laid out two per row.
 */
public class Plot {

    record Panel(String id, String title, String xLabel, String yLabel, boolean logX, boolean logY,
            Map<String, List<double[]>> series) {
    }

    static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0x637939) };
    static final int W = 640;
    static final int H = 420;

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Map<String, Panel> panels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("panel")) {
                panels.put(f[1], new Panel(f[1], f[2], f[3], f[4], Boolean.parseBoolean(f[5]),
                        Boolean.parseBoolean(f[6]), new LinkedHashMap<>()));
            } else if (f[0].equals("series")) {
                List<double[]> points = new ArrayList<>();
                for (String p : f[3].split(";")) {
                    if (p.isBlank()) {
                        continue;
                    }
                    String[] xy = p.split(",");
                    points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
                }
                panels.get(f[1]).series().put(f[2], points);
            }
        }
        int cols = 2;
        int rows = (panels.size() + 1) / 2;
        BufferedImage image = new BufferedImage(W * cols, H * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        int i = 0;
        for (Panel panel : panels.values()) {
            draw(g, panel, (i % cols) * W, (i / cols) * H);
            i++;
        }
        ImageIO.write(image, "png", new File(args[1]));
    }

    static void draw(Graphics2D g, Panel p, int ox, int oy) {
        int left = ox + 70;
        int right = ox + W - 20;
        int top = oy + 40;
        int bottom = oy + H - 55;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (List<double[]> s : p.series().values()) {
            for (double[] pt : s) {
                if ((p.logX() && pt[0] <= 0) || (p.logY() && pt[1] <= 0)) {
                    continue;
                }
                minX = Math.min(minX, pt[0]);
                maxX = Math.max(maxX, pt[0]);
                minY = Math.min(minY, pt[1]);
                maxY = Math.max(maxY, pt[1]);
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(p.title(), left, oy + 24);
        if (minX == Double.MAX_VALUE) {
            g.drawString("(no data)", left + 20, top + 40);
            return;
        }
        if (!p.logY()) {
            minY = Math.min(0, minY);
        }
        if (maxY == minY) {
            maxY = minY + 1;
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        Axis ax = new Axis(minX, maxX, p.logX(), left, right);
        Axis ay = new Axis(minY, maxY * (p.logY() ? 1.5 : 1.08), p.logY(), bottom, top);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setStroke(new BasicStroke(1f));
        for (double t : ax.ticks()) {
            int x = ax.map(t);
            g.setColor(new Color(0xe8e8e8));
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = fmt(t);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 15);
        }
        for (double t : ay.ticks()) {
            int y = ay.map(t);
            g.setColor(new Color(0xe8e8e8));
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            String label = fmt(t);
            g.drawString(label, left - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, right - left, bottom - top);
        g.drawString(p.xLabel(), (left + right) / 2 - g.getFontMetrics().stringWidth(p.xLabel()) / 2, bottom + 32);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(p.yLabel(), -(top + bottom) / 2 - r.getFontMetrics().stringWidth(p.yLabel()) / 2, ox + 16);
        r.dispose();
        int c = 0;
        int legendY = top + 14;
        for (Map.Entry<String, List<double[]>> s : p.series().entrySet()) {
            // "<name> p99" follows "<name> p50": same colour, dashed
            boolean tail = s.getKey().endsWith(" p99");
            Color color = COLORS[(tail ? Math.max(0, c - 1) : c++) % COLORS.length];
            g.setColor(color);
            g.setStroke(tail ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] { 6f, 4f }, 0f) : new BasicStroke(2f));
            int[] prev = null;
            for (double[] pt : s.getValue()) {
                if ((p.logX() && pt[0] <= 0) || (p.logY() && pt[1] <= 0)) {
                    continue;
                }
                int[] xy = { ax.map(pt[0]), ay.map(pt[1]) };
                if (prev != null) {
                    g.drawLine(prev[0], prev[1], xy[0], xy[1]);
                }
                if (s.getValue().size() <= 12) {
                    g.fillOval(xy[0] - 3, xy[1] - 3, 7, 7);
                }
                prev = xy;
            }
            g.drawLine(left + 10, legendY - 6, left + 24, legendY - 6);
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), left + 30, legendY - 3);
            legendY += 15;
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) < 1 ? "%.2f" : "%.1f", v);
    }

    /** A linear or log10 axis from data range to pixels. */
    record Axis(double min, double max, boolean log, int from, int to) {
        int map(double v) {
            double a = log ? Math.log10(min) : min;
            double b = log ? Math.log10(max) : max;
            double x = log ? Math.log10(v) : v;
            return (int) Math.round(from + (x - a) / (b - a) * (to - from));
        }

        List<Double> ticks() {
            List<Double> out = new ArrayList<>();
            if (log) {
                for (double d = Math.pow(10, Math.floor(Math.log10(min))); d <= max * 1.0001; d *= 10) {
                    for (double m : new double[] { 1, 2, 5 }) {
                        double t = d * m;
                        if (t >= min * 0.9999 && t <= max * 1.0001) {
                            out.add(t);
                        }
                    }
                }
                return out;
            }
            double span = max - min;
            double step = Math.pow(10, Math.floor(Math.log10(span / 5)));
            if (span / step > 10) {
                step *= 2;
            }
            if (span / step > 10) {
                step *= 2.5;
            }
            for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
                out.add(t);
            }
            return out;
        }
    }
}
