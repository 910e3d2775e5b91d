import json,sys
def load(f):
    r={}
    for line in open(f):
        d=json.loads(line); r[d['id']]=d
    return r
A=load(sys.argv[1]); B=load(sys.argv[2])
def key(q): 
    sp=q.get('speaker') or {}
    return (q['text'],q['direct'],sp.get('name',''),sp.get('text',''),sp.get('country',''),q.get('via',''))
n=0
for i in A:
    a=set(map(key,A[i].get('quotes') or [])); b=set(map(key,B[i].get('quotes') or []))
    if a==b: continue
    n+=1
    t=A[i]['text']
    print('='*90); print(i, A[i]['title'][:80])
    for k in sorted(a-b): print('  -',k[1] and 'D' or 'R','[%s|%s|%s|via=%s]'%(k[2],k[3],k[4],k[5]),k[0][:160])
    for k in sorted(b-a):
        print('  +',k[1] and 'D' or 'R','[%s|%s|%s|via=%s]'%(k[2],k[3],k[4],k[5]),k[0][:160])
        j=t.find(k[0][:40]); print('     CTX:',t[max(0,j-220):j+60].replace('\n',' ¶ ') if j>=0 else '?')
print('changed records',n,file=sys.stderr)
