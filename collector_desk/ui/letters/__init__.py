"""Letters to the borrower: preview, save as PDF, record as sent (services.letters)."""
