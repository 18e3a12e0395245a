struct Job;
impl Runnable for Job {}
fn main() {}
