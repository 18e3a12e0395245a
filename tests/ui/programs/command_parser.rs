// a parser and executor for a tiny command language over a register machine
#[derive(Debug)]
enum Cmd {
    Set(char, i64),
    Add(char, char),
    Mul(char, i64),
    Print(char),
    Jnz(char, i64),
}

fn reg(tok: Option<&str>) -> Result<char, String> {
    let t = tok.ok_or("missing register")?;
    let c = t.chars().next().ok_or("empty register")?;
    if t.len() == 1 && ('a'..='d').contains(&c) { Ok(c) } else { Err(format!("bad register {}", t)) }
}

fn num(tok: Option<&str>) -> Result<i64, String> {
    let t = tok.ok_or("missing number")?;
    t.parse::<i64>().map_err(|_| format!("bad number {}", t))
}

fn parse(line: &str) -> Result<Cmd, String> {
    let mut parts = line.split_whitespace();
    match parts.next() {
        Some("set") => Ok(Cmd::Set(reg(parts.next())?, num(parts.next())?)),
        Some("add") => Ok(Cmd::Add(reg(parts.next())?, reg(parts.next())?)),
        Some("mul") => Ok(Cmd::Mul(reg(parts.next())?, num(parts.next())?)),
        Some("print") => Ok(Cmd::Print(reg(parts.next())?)),
        Some("jnz") => Ok(Cmd::Jnz(reg(parts.next())?, num(parts.next())?)),
        Some(other) => Err(format!("unknown command {}", other)),
        None => Err(String::from("empty line")),
    }
}

fn main() {
    let source = "set a 5\nset b 1\nmul b 2\nadd c b\nset d -1\nadd a d\njnz a -4\nprint b\nprint c\nfly x\nset e 1";
    let mut program = Vec::new();
    for (i, line) in source.lines().enumerate() {
        match parse(line) {
            Ok(cmd) => program.push(cmd),
            Err(e) => println!("line {}: {}", i + 1, e),
        }
    }
    let mut regs = [0i64; 4];
    let idx = |c: char| (c as u8 - b'a') as usize;
    let mut pc: i64 = 0;
    while (pc as usize) < program.len() {
        match &program[pc as usize] {
            Cmd::Set(r, v) => regs[idx(*r)] = *v,
            Cmd::Add(r, s) => regs[idx(*r)] += regs[idx(*s)],
            Cmd::Mul(r, v) => regs[idx(*r)] *= v,
            Cmd::Print(r) => println!("{} = {}", r, regs[idx(*r)]),
            Cmd::Jnz(r, off) => {
                if regs[idx(*r)] != 0 {
                    pc += off;
                    continue;
                }
            }
        }
        pc += 1;
    }
    println!("registers {:?}", regs);
}
