package org.aigc.vertical.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.aigc.vertical.config.LabelConfig;
import org.aigc.vertical.config.VerticalConfig;
import org.junit.jupiter.api.Test;

class LabellerTest {

    @Test
    void putsTheExplicitLabelAtTheConfiguredEndAndSignsThePublishedText() {
        Labeller end = labeller("end");
        Labeller start = labeller("start");

        Labeller.Labelled atEnd = end.label("Hi", true, "en-US", "r1", "t1");
        Labeller.Labelled atStart = start.label("你好", true, "zh-CN", "r1", "t1");

        assertThat(atEnd.content()).isEqualTo("Hi\n\nAI-generated content");
        assertThat(atStart.content()).isEqualTo("本内容由人工智能生成\n\n你好");
        assertThat(ExplicitLabels.carriedBy(atStart.content())).isTrue();
        assertThat(ExplicitLabels.strip(atStart.content())).isEqualTo("你好");
        assertThat(end.signer().verify(atEnd.content(), "r1", "t1", atEnd.labels().aigc().reservedCode1())).isTrue();
        assertThat(end.signer().verify("Hi", "r1", "t1", atEnd.labels().aigc().reservedCode1())).isFalse();
    }

    @Test
    void jsonContentKeepsItsShapeAndCarriesTheLabelInMetadata() {
        Labeller.Labelled json = labeller("end").label("{\"a\":1}", false, "zh", "r2", "t1");

        assertThat(json.content()).isEqualTo("{\"a\":1}");
        assertThat(json.labels().explicit()).isEqualTo(ExplicitLabels.ZH);
        assertThat(json.labels().aigc().label()).isEqualTo("1");
        assertThat(json.labels().aigc().produceId()).isEqualTo("r2");
    }

    private static Labeller labeller(String position) {
        LabelConfig labels = new LabelConfig() {
            @Override
            public String hmacKey() {
                return "k";
            }

            @Override
            public String position() {
                return position;
            }
        };
        VerticalConfig vertical = new VerticalConfig() {
            @Override
            public String name() {
                return "games";
            }

            @Override
            public String contentProducer() {
                return "aigc-platform";
            }
        };
        return new Labeller(labels, vertical);
    }
}
