"""Practice mode: scenarios, the simulated borrower and the score card (pure rules).

model    what a scenario is              schema   parse and validate scenario files
fields   reading a table, with paths     sets     scenario sets a trainer assigns
tomlpos  which line a field is on
extract  dates, amounts, methods, accounts in text
judge    one utterance judged (words: domain/language)           expect   what each step asks for
call     the borrower state machine      render   placeholders in lines
scoring  the score card                  rules    deductions and playbook sections
answers  scripted runs                   lint     does the judge agree with the trainer
"""
