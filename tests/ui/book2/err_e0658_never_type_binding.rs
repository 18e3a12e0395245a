// advanced types: the never type written as a variable's type (only a return type on stable)
fn stop(code: i32) -> ! {
    std::process::exit(code)
}

fn main() {
    let flag = false;
    if flag {
        let gone: ! = stop(3);
    }
    println!("still here");
}
