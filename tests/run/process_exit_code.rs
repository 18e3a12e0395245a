// process: std::process::exit ends the program with a code and runs no destructors
struct Noisy;
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("should not print");
    }
}

fn main() {
    let _n = Noisy;
    println!("exiting");
    std::process::exit(3);
}
