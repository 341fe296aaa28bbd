// Intentionally empty: see ../tsconfig.json.
export {};
