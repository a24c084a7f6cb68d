package org.aigc.ecommerce.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quantities with units ("250 g", "0.25kg", "500毫升"), converted to one base unit per dimension. */
final class Quantities {

    record Quantity(String text, String dimension, double base) {
    }

    private record Unit(String dimension, double factor) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("mg", new Unit("mass", 0.001)), Map.entry("g", new Unit("mass", 1)),
            Map.entry("kg", new Unit("mass", 1000)), Map.entry("lb", new Unit("mass", 453.592)),
            Map.entry("lbs", new Unit("mass", 453.592)), Map.entry("oz", new Unit("mass", 28.3495)),
            Map.entry("克", new Unit("mass", 1)), Map.entry("千克", new Unit("mass", 1000)),
            Map.entry("公斤", new Unit("mass", 1000)), Map.entry("斤", new Unit("mass", 500)),
            Map.entry("ml", new Unit("volume", 1)), Map.entry("cl", new Unit("volume", 10)),
            Map.entry("l", new Unit("volume", 1000)), Map.entry("fl oz", new Unit("volume", 29.5735)),
            Map.entry("毫升", new Unit("volume", 1)), Map.entry("升", new Unit("volume", 1000)),
            Map.entry("mm", new Unit("length", 1)), Map.entry("cm", new Unit("length", 10)),
            Map.entry("inch", new Unit("length", 25.4)), Map.entry("inches", new Unit("length", 25.4)),
            Map.entry("毫米", new Unit("length", 1)), Map.entry("厘米", new Unit("length", 10)),
            Map.entry("w", new Unit("power", 1)), Map.entry("kw", new Unit("power", 1000)),
            Map.entry("瓦", new Unit("power", 1)), Map.entry("mah", new Unit("battery", 1)),
            Map.entry("v", new Unit("voltage", 1)), Map.entry("gb", new Unit("storage", 1)),
            Map.entry("tb", new Unit("storage", 1024)), Map.entry("pcs", new Unit("count", 1)),
            Map.entry("pieces", new Unit("count", 1)), Map.entry("count", new Unit("count", 1)),
            Map.entry("pack", new Unit("count", 1)), Map.entry("片", new Unit("count", 1)),
            Map.entry("粒", new Unit("count", 1)), Map.entry("袋", new Unit("count", 1)));

    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.])(\\d+(?:[.,]\\d+)?)\\s?(fl oz|千克|公斤|毫升|毫米|厘米"
            + "|mah|lbs|inches|inch|pieces|count|pack|pcs|mg|kg|lb|oz|ml|cl|mm|cm|kw|gb|tb|克|斤|升|瓦|片|粒|袋|g|l|w|v)"
            + "(?![a-z])", Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    static List<Quantity> in(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            Unit unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
            double value = new BigDecimal(m.group(1).replace(',', '.')).doubleValue();
            out.add(new Quantity(m.group(), unit.dimension(), value * unit.factor()));
        }
        return out;
    }

    /** Equal within 1%: "0.25 kg" is "250 g", "8.8 oz" is about "250 g". */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }
}
