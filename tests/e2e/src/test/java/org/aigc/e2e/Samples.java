package org.aigc.e2e;

import java.util.Map;

/** One valid task and input per vertical, as a caller of the public API would send them. */
final class Samples {

    /**
     * A generation request body's {@code task} and {@code input}.
     *
     * @param task  task name of the vertical
     * @param input JSON object valid against the task's input schema
     */
    record Sample(String task, String input) {

        String body() {
            return "{\"task\":\"" + task + "\",\"input\":" + input + "}";
        }
    }

    private static final Map<String, Sample> BY_VERTICAL = Map.of(
            "games", new Sample("npc-dialogue", """
                    {"characterName":"Mira","persona":"A cheerful blacksmith in a mountain village who loves puns.",
                     "utterance":"Can you repair my sword before nightfall?","ageRating":"PEGI-12"}"""),
            "marketing", new Sample("ad-copy", """
                    {"brand":"Acme Outdoor","product":"Trail running shoes","channel":"social",
                     "brief":"Launch of a lighter trail shoe for weekend hikers who run short loops."}"""));

    private Samples() {
    }

    static Sample of(String vertical) {
        Sample sample = BY_VERTICAL.get(vertical);
        if (sample == null) {
            throw new IllegalArgumentException("no sample for vertical " + vertical);
        }
        return sample;
    }
}
