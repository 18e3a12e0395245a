// control flow: while let draining a stack, if let with else
fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(10);
    while let Some(top) = stack.pop() {
        print!("{top} ");
    }
    println!();

    let mut tokens = vec!["(", "a", "(", "b", ")", ")"].into_iter();
    let mut depth = 0i32;
    let mut max_depth = 0;
    while let Some(t) = tokens.next() {
        match t {
            "(" => {
                depth += 1;
                if depth > max_depth {
                    max_depth = depth;
                }
            }
            ")" => depth -= 1,
            other => println!("atom {other} at depth {depth}"),
        }
    }
    println!("max depth {max_depth}, final {depth}");

    let config: Option<u8> = None;
    if let Some(level) = config {
        println!("level {level}");
    } else {
        println!("no level configured");
    }

    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps: {steps}");

    for i in (1..4).rev() {
        println!("{i}!");
    }
    println!("LIFTOFF");
}
