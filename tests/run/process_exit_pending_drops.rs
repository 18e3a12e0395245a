use std::process;
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn finish(code: i32) -> ! {
    let _local = D("local");
    println!("exiting with {}", code);
    process::exit(code)
}
fn main() {
    let _a = D("a");
    {
        let _b = D("b");
    }
    let v: Vec<i32> = (1..4).collect();
    let code = v.iter().sum::<i32>() + 36;
    finish(code);
}
