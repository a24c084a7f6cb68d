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
                     "brief":"Launch of a lighter trail shoe for weekend hikers who run short loops."}"""),
            // synopsis, not news-summary: a news summary goes to the editor's review queue by design
            "media", new Sample("synopsis", """
                    {"sourceTitle":"City opens new cycle lanes","audience":"commuters","maxWords":60,
                     "sourceText":"The city council opened twelve kilometres of protected cycle lanes on Monday. \
                    The lanes connect the central station with the university campus. Officials said the project \
                    cost four million euros and was finished two weeks ahead of schedule."}"""),
            "ecommerce", new Sample("product-listing", """
                    {"sku":"E2E-TEA-001","channel":"shopify","market":"EU","keywords":["green tea","jasmine"]}"""),
            "health", new Sample("soap-note", """
                    {"specialty":"general practice","visitType":"follow-up",
                     "transcript":"Patient reports a dry cough for two weeks, no fever. Lungs clear on listening. \
                    Clinician suggests fluids, honey in warm water and a review if the cough persists."}"""),
            "finance", new Sample("market-commentary", """
                    {"topic":"Euro area government bonds this week","audience":"retail","horizon":"week",
                     "marketData":"German 10-year yield 2.41% (+6 bp on the week); Italian 10-year 3.62% (+3 bp); \
                    ECB deposit rate unchanged at 2.00%."}"""));

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
