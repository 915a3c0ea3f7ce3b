/**
 * The library's assessments on Apache Flink: events keyed by student, each student's part of the
 * record and findings in keyed state, an event-time timer at the next day the student's
 * assessment can change with no new event, and the changes emitted as they happen.
 */
@NullMarked
package org.jointcultivation.flink;

import org.jspecify.annotations.NullMarked;
