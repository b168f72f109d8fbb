"""Files in and out: case intake, sync bundles, reports. Uses services and store, never ui."""
