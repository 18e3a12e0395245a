// closures: FnMut counters, returning impl Fn, Box<dyn Fn> tables, move captures, sort_by_key
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn apply_n(f: &mut dyn FnMut(), n: usize) {
    for _ in 0..n {
        f();
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));
    println!("twice = {}", apply_twice(&add5, 1));

    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..4).map(|_| next_id()).collect();
    println!("ids {:?}", ids);

    let mut ticks = 0;
    apply_n(&mut || ticks += 3, 4);
    println!("ticks = {}", ticks);

    let ops: Vec<(&str, Box<dyn Fn(i32, i32) -> i32>)> = vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("max", Box::new(|a: i32, b| a.max(b))),
    ];
    for (name, op) in &ops {
        println!("{}(7, 9) = {}", name, op(7, 9));
    }

    let square_then_neg = compose(|x: i32| x * x, |y: i32| -y);
    println!("compose(6) = {}", square_then_neg(6));

    let mut people = vec![("zoe", 31), ("al", 25), ("kim", 40), ("bo", 25)];
    people.sort_by_key(|&(name, age)| (age, name.len()));
    println!("{:?}", people);

    let threshold = 30;
    let older: Vec<_> = people.iter().filter(|p| p.1 > threshold).map(|p| p.0).collect();
    println!("older than {}: {:?}", threshold, older);

    let mut log = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_uppercase());
    record("start");
    record("stop");
    println!("log {:?}", log);
}
