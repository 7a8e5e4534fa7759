// Builds the Custom UI once per test run: the manifest check needs the resources Forge would
// upload, and the browser tests serve the production bundles unchanged.
module.exports = async () => {
  await require('../../scripts/build-ui.js').buildUi();
};
