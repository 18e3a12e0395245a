// closures: FnMut counters, move closures, returned closures, closures in structs
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut count = 0;
    Box::new(move || {
        count += 1;
        count
    })
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn apply_twice(f: &mut dyn FnMut(i32), v: i32) {
    f(v);
    f(v + 1);
}

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

fn main() {
    let add5 = make_adder(5);
    println!("{} {}", add5(1), apply(&add5, 10));
    let mut c = make_counter();
    c();
    c();
    println!("counter {}", c());
    let mut seen = Vec::new();
    apply_twice(&mut |x| seen.push(x), 40);
    println!("seen {:?}", seen);
    let factor = 3;
    let scale = |x: i32| x * factor;
    println!("{}", apply(scale, 7));
    let name = String::from("go");
    let b = Button { label: name.clone(), on_click: Box::new(move |who| format!("{} clicked {}", who, name)) };
    println!("{} -> {}", b.label, (b.on_click)("ann"));
    let mut total = 0;
    (1..=4).for_each(|x| total += x);
    println!("total {}", total);
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x), Box::new(make_adder(-2))];
    let results: Vec<i32> = fs.iter().map(|f| f(6)).collect();
    println!("{:?}", results);
    let mut v = vec![3, 1, 2];
    let desc = |a: &i32, b: &i32| b.cmp(a);
    v.sort_by(desc);
    println!("{:?}", v);
}
