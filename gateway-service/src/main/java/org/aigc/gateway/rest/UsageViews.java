package org.aigc.gateway.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.UsageReports.Line;

/** Query parsing and the JSON / CSV shapes of the usage reports. */
final class UsageViews {

    static final String CSV = "text/csv";
    private static final long MAX_DAYS = 366;

    private UsageViews() {
    }

    /** One group; {@code cost} is an exact decimal string. */
    record LineView(String key, String currency, long calls, long promptTokens, long completionTokens,
            long totalTokens, String cost) {
        static LineView of(Line line) {
            return new LineView(line.key(), line.currency(), line.calls(), line.promptTokens(),
                    line.completionTokens(), line.totalTokens(), plain(line.cost()));
        }
    }

    /** Totals per currency. */
    record Total(String currency, long calls, long totalTokens, String cost) {
    }

    record Report(Instant from, Instant to, String groupBy, List<LineView> items, List<Total> totals) {
    }

    static Report report(Instant from, Instant to, String groupBy, List<Line> lines) {
        Map<String, Line> totals = new LinkedHashMap<>();
        for (Line line : lines) {
            totals.merge(line.currency(), line, (a, b) -> new Line(null, a.currency(), a.calls() + b.calls(),
                    a.promptTokens() + b.promptTokens(), a.completionTokens() + b.completionTokens(),
                    a.cost().add(b.cost())));
        }
        List<Total> sums = new ArrayList<>();
        totals.values().forEach(t -> sums.add(new Total(t.currency(), t.calls(), t.totalTokens(), plain(t.cost()))));
        return new Report(from, to, groupBy, lines.stream().map(LineView::of).toList(), sums);
    }

    static String csv(String groupBy, List<Line> lines) {
        StringBuilder csv = new StringBuilder(groupBy + ",currency,calls,promptTokens,completionTokens,totalTokens,cost\r\n");
        for (Line line : lines) {
            csv.append(cell(line.key())).append(',').append(line.currency()).append(',').append(line.calls())
                    .append(',').append(line.promptTokens()).append(',').append(line.completionTokens()).append(',')
                    .append(line.totalTokens()).append(',').append(plain(line.cost())).append("\r\n");
        }
        return csv.toString();
    }

    /** {@code from} defaults to the first of this month (UTC), {@code to} (exclusive) to now. */
    static Instant[] period(String from, String to) {
        Instant now = Instant.now();
        Instant start = from == null || from.isBlank()
                ? now.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                : instant("from", from, false);
        Instant end = to == null || to.isBlank() ? now : instant("to", to, true);
        if (!end.isAfter(start) || end.isAfter(start.plus(java.time.Duration.ofDays(MAX_DAYS)))) {
            throw invalid("to", "after 'from' and at most " + MAX_DAYS + " days later");
        }
        return new Instant[] {start, end};
    }

    /** A date ({@code 2026-11-01}; as {@code to} it includes that whole day) or an instant. */
    private static Instant instant(String field, String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)");
        }
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.INVALID_REQUEST, "invalid query parameter " + field,
                List.of(new FieldError(field, message)));
    }

    private static String cell(String text) {
        String value = text == null ? "" : text;
        // quote, and defuse spreadsheet formulas in names that come from callers (task, model)
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return value.matches("[A-Za-z0-9._:/ -]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
