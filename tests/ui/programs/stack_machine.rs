// a stack-based virtual machine with an instruction enum, error results and a call trace
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Sub,
    Dup,
    Swap,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow(usize),
    BadJump(usize),
}

fn pop(stack: &mut Vec<i64>, pc: usize) -> Result<i64, VmError> {
    stack.pop().ok_or(VmError::StackUnderflow(pc))
}

fn run(code: &[Op], out: &mut Vec<String>) -> Result<Vec<i64>, VmError> {
    let mut stack = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < code.len() && steps < 1000 {
        steps += 1;
        let op = code[pc];
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Add | Op::Mul | Op::Sub => {
                let b = pop(&mut stack, pc)?;
                let a = pop(&mut stack, pc)?;
                stack.push(match op { Op::Add => a + b, Op::Mul => a * b, _ => a - b });
            }
            Op::Dup => {
                let top = *stack.last().ok_or(VmError::StackUnderflow(pc))?;
                stack.push(top);
            }
            Op::Swap => {
                let n = stack.len();
                if n < 2 {
                    return Err(VmError::StackUnderflow(pc));
                }
                stack.swap(n - 1, n - 2);
            }
            Op::JumpIfZero(t) | Op::Jump(t) if t > code.len() => return Err(VmError::BadJump(t)),
            Op::JumpIfZero(t) => {
                if pop(&mut stack, pc)? == 0 {
                    pc = t;
                }
            }
            Op::Jump(t) => pc = t,
            Op::Print => out.push(format!("{:?}", stack)),
            Op::Halt => break,
        }
    }
    Ok(stack)
}

fn main() {
    // factorial of 5: acc n on the stack
    let fact = [Op::Push(1), Op::Push(5), Op::Dup, Op::JumpIfZero(12), Op::Dup, Op::Print, Op::Swap,
                Op::Mul, Op::Swap, Op::Push(1), Op::Sub, Op::Jump(2), Op::Halt];
    let mut out = Vec::new();
    let result = run(&fact, &mut out);
    for line in &out {
        println!("trace {}", line);
    }
    println!("result {:?}", result);
    println!("{:?}", run(&[Op::Push(1), Op::Add], &mut out));
    println!("{:?}", run(&[Op::Jump(99)], &mut out));
}
