// closures: Fn, FnMut and FnOnce capture modes passed to generic helpers
fn call_twice<F: Fn() -> String>(f: F) -> String {
    let a = f();
    let b = f();
    format!("{a}|{b}")
}

fn run_n<F: FnMut()>(mut f: F, n: usize) {
    for _ in 0..n {
        f();
    }
}

fn consume<F: FnOnce() -> Vec<String>>(f: F) -> usize {
    let v = f();
    v.len()
}

fn main() {
    let greeting = String::from("hello");
    let shout = || greeting.to_uppercase();
    println!("{}", call_twice(shout));
    println!("greeting still usable: {greeting}");

    let mut tally = 0;
    run_n(|| tally += 3, 4);
    println!("tally = {tally}");

    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_string());
    record("start");
    record("middle");
    record("end");
    println!("log = {:?}", log);

    let words = vec![String::from("a"), String::from("bb")];
    let owned = move || {
        let mut w = words;
        w.push(String::from("ccc"));
        w
    };
    println!("consumed {} words", consume(owned));

    let limit = 10;
    let under: Vec<i32> = vec![3, 12, 7, 25, 10]
        .into_iter()
        .filter(|x| *x < limit)
        .collect();
    println!("under {limit}: {:?}", under);
}
