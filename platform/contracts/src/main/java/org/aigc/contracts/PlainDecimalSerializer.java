package org.aigc.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes money as a plain decimal string ({@code "0.00000015"}, never {@code "1.5E-7"}), whichever way the event is
 * serialised (to text or to a tree), so no consumer rounds it through a double.
 */
public final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

    public PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
    }
}
