fn call_twice<F: Fn() -> u32>(f: F) -> u32 {
    f() + f()
}

fn main() {
    let mut n = 0;
    let mut bump: Box<dyn FnMut() -> u32> = Box::new(move || {
        n += 1;
        n
    });
    println!("{}", call_twice(|| bump()));
}
