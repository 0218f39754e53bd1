/**
 * The verdict vocabulary every layer shares ({@link dailypy.verdict.Verdict}): questions declare
 * what their wrong solutions get, the runner and the grader decide, progress stores. It depends
 * on nothing, so no layer reaches sideways for it.
 */
package dailypy.verdict;
