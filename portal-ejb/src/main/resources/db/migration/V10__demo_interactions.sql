-- Interactions that bin/run's demo content invents (so that a newcomer sees a trained recommender) say so.
ALTER TABLE interaction ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
