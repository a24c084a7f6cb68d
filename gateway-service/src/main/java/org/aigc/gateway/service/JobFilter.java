package org.aigc.gateway.service;

import java.util.Optional;
import org.aigc.gateway.domain.JobStatus;

/** Filters of the job list; empty = any. */
public record JobFilter(Optional<JobStatus> status, Optional<String> vertical, Optional<String> task) {
}
