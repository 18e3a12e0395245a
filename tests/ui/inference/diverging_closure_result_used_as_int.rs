// inference: the `()` fallback of a diverging closure is a real type: using it as an integer is an error
fn main() {
    let give_up = || {
        panic!("no value");
    };
    let n: i32 = 1 + give_up();
    println!("{}", n);
}
