// mutability: assigning to a static that is not mut
static RETRIES: u32 = 3;

fn main() {
    println!("{}", RETRIES);
    RETRIES = 5;
}
