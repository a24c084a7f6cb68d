package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * EC-04: scarcity must match real stock (the request's {@code stockLeft}, else the product's stored stock) and urgency
 * must rest on a real end time (the request's {@code endsAt}, in the future). Otherwise the claim is an excerpt.
 */
@ApplicationScoped
public class UrgencyClaimsCheck implements NamedCheck {

    private static final Pattern STOCK = Pattern.compile("\\b(?:only|just)\\s+(\\d+)\\s+(?:left|remaining|in stock)\\b"
            + "|仅剩\\s*(\\d+)\\s*[件个份台]|库存仅\\s*(\\d+)|最后\\s*(\\d+)\\s*[件个份台]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:ends? (?:tonight|today|soon|at midnight|in \\d+ "
            + "(?:hours?|minutes?|days?))|last chance|hurry|countdown|(?:sale|offer|deal) ends)\\b|今晚截止|倒计时|仅限今天"
            + "|最后\\s*\\d+\\s*小时|即将结束", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "urgency-claims";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Integer stock = stock(context);
        Matcher m = STOCK.matcher(normalisedText);
        while (m.find()) {
            String claimed = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            if (stock == null || Integer.parseInt(claimed) != stock) {
                found.add(m.group());
            }
        }
        Matcher deadline = DEADLINE.matcher(normalisedText);
        boolean ends = endsInFuture(ListingText.input(context, "endsAt"));
        while (deadline.find()) {
            if (!ends) {
                found.add(deadline.group());
            }
        }
        return found;
    }

    private static Integer stock(ScreeningContext context) {
        if (context.input() != null && context.input().hasNonNull("stockLeft")) {
            return context.input().path("stockLeft").asInt();
        }
        return ListingText.product(context).map(p -> p.stock).orElse(null);
    }

    private static boolean endsInFuture(String endsAt) {
        try {
            return !endsAt.isEmpty() && Instant.parse(endsAt).isAfter(Instant.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
