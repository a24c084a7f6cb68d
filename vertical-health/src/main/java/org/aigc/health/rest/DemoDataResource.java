package org.aigc.health.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aigc.health.domain.ClinicalNote;
import org.aigc.health.domain.EducationMaterial;
import org.aigc.health.phi.Deidentifier;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small synthetic data set for the caller's tenant: clinician-reviewed education materials at three reading levels
 * and three clinical notes of fictional patients. The notes are de-identified (no name, date, place or number that
 * could point at a person; "fictional patient A" is a label, not an identifier) and go through the same
 * de-identification as notes written through the API. Idempotent: a tenant that already has notes gets 200 and
 * nothing new. {@code ./aigc up} calls it through the gateway with the demo key.
 */
@Path("/api/v1/health/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (ClinicalNote.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        material(tenantId, "Asthma inhalers", "grade-5", "dr-demo-okafor",
                "An inhaler sends medicine straight to your lungs. Use the spacer your care team gave you. "
                        + "Rinse your mouth after a steroid inhaler. Ask your care team to check how you use it.");
        material(tenantId, "Asthma inhalers", "grade-8", "dr-demo-okafor",
                "Reliever inhalers open the airways within minutes; preventer inhalers calm the airways over weeks "
                        + "and work only when used every day. Bring your inhalers to each visit so the care team "
                        + "can check your technique.");
        material(tenantId, "Ankle sprain", "grade-12", "dr-demo-lindqvist",
                "Most lateral ankle sprains recover with relative rest, ice, compression and elevation for the first "
                        + "days, followed by graded loading and balance training. Seek review if weight-bearing "
                        + "remains impossible or pain worsens.");
        List<Long> notes = new ArrayList<>();
        notes.add(note(tenantId, "Fictional patient A - ankle sprain", "emergency medicine",
                "Fictional demo patient, adult. Twisted the left ankle while running. Swelling over the lateral "
                        + "ankle, able to bear weight with pain. X-ray: no fracture. Plan: rest, ice, elevation, "
                        + "crutches for one week, physiotherapy referral, follow-up in two weeks."));
        notes.add(note(tenantId, "Fictional patient B - asthma review", "general practice",
                "Fictional demo patient, teenager. Asthma review: night cough twice a week, reliever used most "
                        + "days. Inhaler technique poor; spacer shown and practised. Preventer inhaler continued. "
                        + "Asthma action plan given. Review in four weeks."));
        notes.add(note(tenantId, "Fictional patient C - chest pain observed", "cardiology",
                "Fictional demo patient, older adult. Admitted for observation after two hours of chest pain. "
                        + "ECG normal, troponin normal on two tests. Discharged next day with advice to return at "
                        + "once if pain recurs. Outpatient stress test to be arranged by the cardiology team."));
        return Response.status(201).entity(Map.of("seeded", true, "materials", 3, "noteIds", notes,
                "readingLevels", List.of("grade-5", "grade-8", "grade-12"))).build();
    }

    private static void material(String tenantId, String topic, String level, String reviewer, String body) {
        EducationMaterial m = new EducationMaterial();
        m.tenantId = tenantId;
        m.topic = topic;
        m.readingLevel = level;
        m.locale = "en-US";
        m.body = body;
        m.reviewedBy = reviewer;
        m.updatedAt = Instant.now();
        m.persist();
    }

    private static long note(String tenantId, String title, String specialty, String text) {
        ClinicalNote n = new ClinicalNote();
        n.tenantId = tenantId;
        n.title = Deidentifier.deidentify(title).text();
        n.specialty = specialty;
        // the same de-identification as the notes API, so even demo text can never store an identifier
        n.text = Deidentifier.deidentify(text).text();
        n.createdAt = Instant.now();
        n.persist();
        return n.id;
    }
}
