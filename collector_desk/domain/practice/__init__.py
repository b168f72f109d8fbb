"""Practice mode: scenarios, the simulated borrower and the score card (pure rules).

model    what a scenario is          schema   parse and validate scenario files
lexicon  what words do (acts)        extract  dates, amounts, methods, accounts in text
judge    one utterance judged        expect   what each step asks for
call     the borrower state machine  scoring  the score card
render   placeholders in lines       rules    deductions and playbook sections
"""
