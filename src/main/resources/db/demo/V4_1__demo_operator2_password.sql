-- operator2 signs in with its own username as password, as the README says for every demo account (V1_1 gave it
-- operator's hash, so its password was 'operator'). BCrypt hash of 'operator2'.
UPDATE app_user SET password_hash = '$2a$10$5Ymrk1kzHcdHuRjeZbwyJOuRgYkQYGzdRr2Vv0rwOO8FrqW8a05lW', version = version + 1 WHERE username = 'operator2';
