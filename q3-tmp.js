const {openBenchCluster}=require('/work/main/dist/bench/bench-db.js');
const {Q1_GRAPHQL,Q2_GRAPHQL,Q3_GRAPHQL}=require('/work/main/dist/bench/queries.js');
const autocannon=require('/work/main/node_modules/autocannon');
const {spawn}=require('child_process');
(async()=>{
  const c=await openBenchCluster(); const url=await c.urlFor(100000);
  const child=spawn(process.execPath,['dist/src/main.js'],{cwd:'/work/main',env:{...process.env,DATABASE_URL:url,NODE_ENV:'production',SEED_DEMO:'false',LOG_LEVEL:'warn',JOBS_INTERVAL_SECONDS:'0',JWT_SECRET:'bench-secret-that-is-long-enough-0123456789abcdef',MAX_QUERY_COST:'100000',PORT:'4556'},stdio:'inherit'});
  for(let i=0;i<100;i++){try{await fetch('http://127.0.0.1:4556/healthz');break;}catch{await new Promise(r=>setTimeout(r,100));}}
  const login=async(e)=>(await (await fetch('http://127.0.0.1:4556/graphql',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({query:`mutation { login(input: { email: "${e}", password: "bench-pass-2026" }) { token } }`})})).json()).data.login.token;
  const admin=await login('admin@bench.shop'); const rep=await login('rep2@bench.shop');
  const now=new Date();
  const cases0={Q1:[Q1_GRAPHQL,{before:new Date(Date.now()+86400000).toISOString()},rep],Q2:[Q2_GRAPHQL,{},admin],Q3:[Q3_GRAPHQL,{from:new Date(Date.now()-30*86400000).toISOString(),to:now.toISOString()},admin]};
  const cases=cases0;for(const [k,[q,v,t]] of Object.entries(cases)){
    const body=JSON.stringify({query:q,variables:v});
    const chk=await (await fetch('http://127.0.0.1:4556/graphql',{method:'POST',headers:{'content-type':'application/json',authorization:'Bearer '+t},body})).text();
    if(chk.includes('"errors"')) console.log(k,'ERR',chk.slice(0,300));
    const res=await autocannon({url:'http://127.0.0.1:4556/graphql',method:'POST',connections:1,duration:4,headers:{'content-type':'application/json',authorization:'Bearer '+t},body});
    console.log(k,'1 conn: rps',res.requests.average,'p50',res.latency.p50,'p99',res.latency.p99);
  }
  child.kill('SIGTERM'); await new Promise(r=>child.on('exit',r)); await c.stop();
})();
