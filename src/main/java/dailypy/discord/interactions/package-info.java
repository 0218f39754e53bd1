/**
 * How interactions reach their handler: one small interface per kind ({@code SlashCommand},
 * {@code MessageCommand}, {@code ButtonHandler}, {@code ModalHandler}), typed and versioned
 * {@code ComponentId}s for buttons and forms, and the {@code InteractionRegistry} that routes
 * JDA's events by name and answers every interaction, stale or failing ones politely. Handlers
 * that wait on the store acknowledge first ({@code OffEventThread}).
 */
package dailypy.discord.interactions;
