fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn curry(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a + b + c)
}

fn apply_twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn boxed_ops() -> Vec<Box<dyn Fn(i32) -> i32>> {
    vec![Box::new(|x| x + 1), Box::new(|x| x * 2), Box::new(move |x| x - 3)]
}

fn evens() -> impl Iterator<Item = u32> {
    (0..).step_by(2)
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(1));
    let mut c = make_counter();
    c();
    println!("{}", c());
    let h = compose(|x: i32| x * 2, |y: i32| format!("<{}>", y));
    println!("{}", h(21));
    println!("{}", curry(1)(2)(3));
    println!("{}", apply_twice(|x| x * x, 3));
    let s = String::from("owned");
    println!("{}", call_once(move || s));
    let total: i32 = boxed_ops().iter().map(|f| f(10)).sum();
    println!("{}", total);
    let v: Vec<u32> = evens().take(4).collect();
    println!("{:?}", v);
    let mut log = Vec::new();
    let mut push = |s: &str| log.push(s.to_string());
    push("a");
    push("b");
    println!("{:?}", log);
    let fns: [fn(i32) -> i32; 2] = [|x| x + 1, |x| x - 1];
    println!("{}", fns[0](1) + fns[1](1));
    let opt: Option<&dyn Fn(i32) -> i32> = Some(&add5);
    if let Some(f) = opt {
        println!("{}", f(0));
    }
}
