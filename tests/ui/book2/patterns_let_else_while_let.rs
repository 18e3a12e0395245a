// patterns: if let chains of else, while let on a stack, let-else, matches! and for destructuring
#[derive(Debug)]
enum Cmd {
    Push(i64),
    Pop,
    Add,
    Print,
}

fn parse(line: &str) -> Option<Cmd> {
    let mut parts = line.split(' ');
    let Some(op) = parts.next() else {
        return None;
    };
    match op {
        "push" => {
            let Ok(n) = parts.next()?.parse::<i64>() else {
                return None;
            };
            Some(Cmd::Push(n))
        }
        "pop" => Some(Cmd::Pop),
        "add" => Some(Cmd::Add),
        "print" => Some(Cmd::Print),
        _ => None,
    }
}

fn main() {
    let program = ["push 3", "push 4", "add", "print", "push x", "jump", "push 10", "pop", "print"];
    let mut stack: Vec<i64> = Vec::new();
    for (lineno, line) in program.iter().enumerate() {
        let cmd = if let Some(c) = parse(line) {
            c
        } else {
            println!("line {}: cannot parse {:?}", lineno + 1, line);
            continue;
        };
        match cmd {
            Cmd::Push(n) => stack.push(n),
            Cmd::Pop => {
                stack.pop();
            }
            Cmd::Add => {
                let (Some(a), Some(b)) = (stack.pop(), stack.pop()) else {
                    println!("underflow");
                    continue;
                };
                stack.push(a + b);
            }
            Cmd::Print => println!("stack {:?}", stack),
        }
    }
    while let Some(top) = stack.pop() {
        println!("drain {top}");
    }
    let cmds = [Cmd::Pop, Cmd::Push(1), Cmd::Print];
    let pushes = cmds.iter().filter(|c| matches!(c, Cmd::Push(n) if *n > 0)).count();
    println!("pushes {pushes}");
    let points = vec![(1, 2), (3, 4), (5, 6)];
    for &(x, y) in &points {
        print!("{} ", x * y);
    }
    println!();
    if let [(a, _), .., (_, z)] = points.as_slice() {
        println!("corners {a} {z}");
    }
}
