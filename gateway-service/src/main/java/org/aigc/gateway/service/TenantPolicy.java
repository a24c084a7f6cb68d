package org.aigc.gateway.service;

import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/** The tenant's allow lists, checked before anything is reserved or published. */
public final class TenantPolicy {

    private TenantPolicy() {
    }

    public static void requireVertical(Tenant tenant, String vertical) {
        if (!tenant.allowsVertical(vertical)) {
            throw new ApiException(ProblemType.VERTICAL_NOT_ALLOWED, "this tenant may not use vertical " + vertical);
        }
    }

    /** Vertical, task and (when the caller names one) model alias. */
    public static void requireGeneration(Tenant tenant, String vertical, String task, String model) {
        requireVertical(tenant, vertical);
        if (!tenant.allowsTask(vertical, task)) {
            throw new ApiException(ProblemType.TASK_NOT_ALLOWED, "this tenant may not run task " + task);
        }
        if (model != null) {
            requireModel(tenant, model);
        }
    }

    public static void requireModel(Tenant tenant, String model) {
        if (!tenant.allowsModel(model)) {
            throw new ApiException(ProblemType.MODEL_NOT_ALLOWED, "this tenant may not use model " + model);
        }
    }
}
