import { run } from "./main.js";

// Not awaited at the top level: the bundle is CommonJS (Node starts it sooner than an ES module).
// run() reports every failure itself, through core.setFailed.
void run();
