package org.aigc.ecommerce.compliance;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * EC-02 (PRC, 明码标价和禁止价格欺诈规定 Art 16-17, 19): a 原价/划线价/专柜价 must not exceed the lowest price of the
 * 7 days before the promotion (or the last price when none changed in them); an "X折" must hold against it. A price
 * labelled 建议零售价 is a labelled comparison with the suggested retail price and is left alone (Art 16).
 */
@Singleton
public class CnPriceClaimsCheck extends PriceClaimsCheck {

    private static final Pattern FORMER = Pattern.compile("(?:原价|划线价|专柜价|吊牌价|市场价|日常价)\\s*[:：]?\\s*" + AMOUNT);
    private static final Pattern DISCOUNT = Pattern.compile("(?<![\\d.])(\\d(?:\\.\\d)?)\\s*折");
    private static final Pattern MARKER = Pattern.compile("直降|立减|限时折扣|特价");

    public CnPriceClaimsCheck() {
        super("CN", 7);
    }

    @Override
    public String name() {
        return "price-claims-cn";
    }

    @Override
    List<Claim> formerPrices(String text) {
        return claims(FORMER, text, UnaryOperator.identity());
    }

    /** "8折" is 80% of the price: a 20% reduction. */
    @Override
    List<Claim> reductions(String text) {
        return claims(DISCOUNT, text, tenths -> BigDecimal.valueOf(100).subtract(tenths.multiply(BigDecimal.TEN)));
    }

    @Override
    Pattern marker() {
        return MARKER;
    }
}
