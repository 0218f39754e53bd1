/**
 * What both sandboxes share: the bubblewrap layout of the read-only system, scratch space and
 * clean environment, and the lookup of host tools. See docs/sandbox.md.
 */
package dailypy.runner.sandbox;
