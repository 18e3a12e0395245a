// drop order: a panic unwinds the stack, dropping locals in every frame
struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn inner(n: u32) -> u32 {
    let _g = Guard("inner");
    let v: Vec<u32> = vec![1, 2, 3];
    v[n as usize]
}

fn outer(n: u32) -> u32 {
    let _g = Guard("outer");
    let _tmp = vec![Guard("in vec 1"), Guard("in vec 2")];
    inner(n) + 1
}

fn main() {
    let _m = Guard("main");
    println!("{}", outer(1));
    println!("{}", outer(7));
    println!("unreachable");
}
