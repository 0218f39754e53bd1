/**
 * The grading farm: graders as separate processes ({@code tutor grader}) that take jobs from the
 * queue in the shared PostgreSQL database ({@link dailypy.progress.GradingJobs}), and {@link
 * dailypy.farm.QueuedGrader}, the {@link dailypy.grading.Grader} a bot with no local workers uses
 * to have an answer graded there. Single-process mode grades locally and uses none of this.
 */
package dailypy.farm;
