/** The one schema of the app's database: the wizard's sessions and the simulator's sandboxes. */
export * from "./simulator";
export * from "./wizard";
