// A tiny stack-based bytecode VM: an instruction enum, a compiler from postfix text,
// jumps for a countdown loop, and runtime errors reported through Result.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
    Over,
    Print,
    JumpIfZero(usize),
    Jump(usize),
    Halt,
}

#[derive(Debug, PartialEq)]
enum VmError {
    StackUnderflow { pc: usize, op: Op },
    DivideByZero(usize),
    BadJump(usize),
    Parse(String),
    TooManySteps,
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VmError::StackUnderflow { pc, op } => write!(f, "stack underflow at {} ({:?})", pc, op),
            VmError::DivideByZero(pc) => write!(f, "divide by zero at {}", pc),
            VmError::BadJump(t) => write!(f, "jump target {} out of range", t),
            VmError::Parse(s) => write!(f, "cannot parse {:?}", s),
            VmError::TooManySteps => write!(f, "step limit reached"),
        }
    }
}

struct Vm {
    stack: Vec<i64>,
    output: Vec<String>,
    steps: usize,
}

impl Vm {
    fn pop(&mut self, pc: usize, op: Op) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow { pc, op })
    }

    fn run(&mut self, prog: &[Op]) -> Result<Option<i64>, VmError> {
        let mut pc = 0;
        while pc < prog.len() {
            self.steps += 1;
            if self.steps > 1000 {
                return Err(VmError::TooManySteps);
            }
            let op = prog[pc];
            pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let b = self.pop(pc - 1, op)?;
                    let a = self.pop(pc - 1, op)?;
                    let r = match op {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        _ => {
                            if b == 0 {
                                return Err(VmError::DivideByZero(pc - 1));
                            }
                            a / b
                        }
                    };
                    self.stack.push(r);
                }
                Op::Dup => {
                    let a = *self.stack.last().ok_or(VmError::StackUnderflow { pc: pc - 1, op })?;
                    self.stack.push(a);
                }
                Op::Swap => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow { pc: pc - 1, op });
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Op::Over => {
                    let n = self.stack.len();
                    let v = *self.stack.get(n.wrapping_sub(2)).ok_or(VmError::StackUnderflow { pc: pc - 1, op })?;
                    self.stack.push(v);
                }
                Op::Print => {
                    let v = self.pop(pc - 1, op)?;
                    self.output.push(v.to_string());
                }
                Op::JumpIfZero(t) => {
                    if self.pop(pc - 1, op)? == 0 {
                        if t > prog.len() {
                            return Err(VmError::BadJump(t));
                        }
                        pc = t;
                    }
                }
                Op::Jump(t) => {
                    if t > prog.len() {
                        return Err(VmError::BadJump(t));
                    }
                    pc = t;
                }
                Op::Halt => break,
            }
        }
        Ok(self.stack.last().copied())
    }
}

fn compile(src: &str) -> Result<Vec<Op>, VmError> {
    src.split_whitespace()
        .map(|tok| {
            Ok(match tok {
                "+" => Op::Add,
                "-" => Op::Sub,
                "*" => Op::Mul,
                "/" => Op::Div,
                "dup" => Op::Dup,
                "swap" => Op::Swap,
                "over" => Op::Over,
                "." => Op::Print,
                "halt" => Op::Halt,
                t if t.starts_with("jz:") => Op::JumpIfZero(t[3..].parse().map_err(|_| VmError::Parse(t.to_string()))?),
                t if t.starts_with("j:") => Op::Jump(t[2..].parse().map_err(|_| VmError::Parse(t.to_string()))?),
                t => Op::Push(t.parse().map_err(|_| VmError::Parse(t.to_string()))?),
            })
        })
        .collect()
}

fn main() {
    let programs = [
        "2 3 + 4 *",
        "10 3 - dup *",
        "1 2 3 + + .",
        "5 dup . 1 - dup jz:9 j:1 halt",
        "1 +",
        "4 0 /",
        "1 two +",
        "j:99",
        "1 j:0",
        "6 7 over over * . . .",
    ];
    for src in programs.iter() {
        let mut vm = Vm { stack: Vec::new(), output: Vec::new(), steps: 0 };
        let result = compile(src).and_then(|prog| vm.run(&prog));
        match result {
            Ok(top) => println!("{:<32} top={:?} out=[{}] steps={}", src, top, vm.output.join(" "), vm.steps),
            Err(e) => println!("{:<32} error: {} (stack {:?})", src, e, vm.stack),
        }
    }
    assert_eq!(compile("x"), Err(VmError::Parse("x".into())));
}
