// closures as callbacks: FnMut counters passed to helpers, boxed Fn filters and returned closures
fn apply_all<F: FnMut(i32) -> i32>(items: &[i32], mut f: F) -> Vec<i32> {
    items.iter().map(|x| f(*x)).collect()
}

fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn make_filters(limit: i32) -> Vec<(&'static str, Box<dyn Fn(i32) -> bool>)> {
    vec![
        ("even", Box::new(|x| x % 2 == 0)),
        ("big", Box::new(move |x| x > limit)),
        ("odd-small", Box::new(move |x| x % 2 != 0 && x <= limit)),
    ]
}

fn main() {
    let data = [3, 8, 12, 5, 7, 20, 1];
    let mut calls = 0;
    let doubled = apply_all(&data, |x| {
        calls += 1;
        x * 2
    });
    println!("{:?} after {} calls", doubled, calls);

    let triple = make_scaler(3);
    let tripled: Vec<i32> = data.iter().map(|x| triple(*x)).collect();
    println!("{:?}", tripled);

    for (name, f) in make_filters(7).iter() {
        let kept: Vec<i32> = data.iter().copied().filter(|x| f(*x)).collect();
        println!("{:>9}: {:?}", name, kept);
    }

    let mut history = Vec::new();
    let mut record = |event: &str| history.push(event.to_uppercase());
    record("start");
    record("tick");
    record("stop");
    println!("{:?}", history);

    let mut sorted = data.to_vec();
    let pivot = 6;
    sorted.sort_by_key(|x| ((x - pivot) as i32).abs());
    println!("closest to {}: {:?}", pivot, sorted);
}
