"""The readers ``credits.find_credits`` tries on a line of the text, one module a family: a
line read whole (``whole_line``, also read by ``side_credits``) and the pattern runs it tries,
the first lines' datelines and heads, the last lines' tails and sign-offs, a label and its
name on two lines, where the piece first ran; ``credit`` holds what each of them returns."""
