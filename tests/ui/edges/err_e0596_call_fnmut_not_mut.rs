// calling a mutating closure stored in an immutable binding
fn main() {
    let mut n = 0;
    let inc = || n += 1;
    inc();
    println!("{}", n);
}
