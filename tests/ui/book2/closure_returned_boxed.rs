// closures: returning closures with impl Fn and Box<dyn Fn>, a table of operations
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "sub" => Box::new(|a, b| a - b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(|_, _| 0),
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));

    for name in ["add", "sub", "mul", "pow"] {
        let op = make_op(name);
        println!("{name}(7, 3) = {}", op(7, 3));
    }

    let pipeline: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x * 2),
        Box::new(make_adder(-1)),
        Box::new(|x| x * x),
    ];
    let result = pipeline.iter().fold(4, |acc, f| f(acc));
    println!("pipeline(4) = {result}");

    let double_then_str = compose(|x: i32| x * 2, |y: i32| format!("<{y}>"));
    println!("{}", double_then_str(21));

    let mut counters: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for step in 1..=3 {
        let mut value = 0;
        counters.push(Box::new(move || {
            value += step;
            value
        }));
    }
    for c in counters.iter_mut() {
        c();
    }
    let finals: Vec<u32> = counters.iter_mut().map(|c| c()).collect();
    println!("{:?}", finals);
}
